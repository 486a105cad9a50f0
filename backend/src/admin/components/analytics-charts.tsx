import { Text } from "@medusajs/ui"
import { useState } from "react"

/**
 * Small SVG charts for the Analytics page: no chart library to bundle, colours from the
 * dashboard's own CSS variables so they follow light/dark mode.
 */

export const CHART_COLORS = ["#3b82f6", "#10b981", "#f59e0b", "#8b5cf6", "#ef4444", "#06b6d4", "#ec4899"]

const WIDTH = 640
const HEIGHT = 200
const PAD = { top: 12, right: 12, bottom: 28, left: 56 }
const AXIS_TEXT = { fill: "var(--fg-muted)", fontSize: 11 }
const GRID = { stroke: "var(--border-base)", strokeWidth: 1 }

/** 0, and a round top a bit above the largest value, with 4 grid lines. */
function niceScale(max: number, integer = false) {
  if (max <= 0) return { top: 1, ticks: [0, 1] }
  const rough = max / 4
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const nice = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough
  // counts get whole-number grid lines
  const step = integer ? Math.max(1, Math.ceil(nice)) : nice
  const top = step * Math.ceil(max / step)
  return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step) }
}

/** At most ~8 x-axis labels, evenly spread. */
function labelEvery(count: number) {
  return Math.max(1, Math.ceil(count / 8))
}

export type SeriesPoint = { label: string; values: number[] }
export type SeriesKey = { name: string; color: string }

type ChartProps = {
  points: SeriesPoint[]
  keys: SeriesKey[]
  format: (value: number) => string
  /** values are counts: whole-number grid lines */
  integer?: boolean
  "aria-label": string
  "data-testid"?: string
}

function Tooltip({ point, keys, format }: { point: SeriesPoint; keys: SeriesKey[]; format: (v: number) => string }) {
  return (
    <div className="bg-ui-bg-base shadow-elevation-flyout txt-compact-xsmall pointer-events-none absolute right-2 top-2 rounded-md px-2 py-1">
      <div className="text-ui-fg-subtle">{point.label}</div>
      {keys.map((key, i) => (
        <div key={key.name} className="flex items-center gap-x-1.5">
          <span className="inline-block h-2 w-2 rounded-full" style={{ background: key.color }} />
          <span className="text-ui-fg-subtle">{key.name}</span>
          <span className="text-ui-fg-base ml-auto pl-2">{format(point.values[i] ?? 0)}</span>
        </div>
      ))}
    </div>
  )
}

function Axes({ ticks, top, format, labels }: { ticks: number[]; top: number; format: (v: number) => string; labels: { x: number; text: string }[] }) {
  const innerH = HEIGHT - PAD.top - PAD.bottom
  return (
    <g>
      {ticks.map((t) => {
        const y = PAD.top + innerH - (t / top) * innerH
        return (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y} y2={y} style={GRID} />
            <text x={PAD.left - 6} y={y + 4} textAnchor="end" style={AXIS_TEXT}>
              {format(t)}
            </text>
          </g>
        )
      })}
      {labels.map((l, i) => (
        <text key={i} x={l.x} y={HEIGHT - 8} textAnchor={l.x > WIDTH - PAD.right - 24 ? "end" : "middle"} style={AXIS_TEXT}>
          {l.text}
        </text>
      ))}
    </g>
  )
}

/** One line per key over the periods (hover shows the values of a period). */
export function LineChart({ points, keys, format, integer, ...rest }: ChartProps) {
  const [hover, setHover] = useState<number | null>(null)
  const innerW = WIDTH - PAD.left - PAD.right
  const innerH = HEIGHT - PAD.top - PAD.bottom
  const { top, ticks } = niceScale(Math.max(0, ...points.flatMap((p) => p.values)), integer)
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i / (points.length - 1)) * innerW)
  const y = (v: number) => PAD.top + innerH - (v / top) * innerH
  const every = labelEvery(points.length)
  return (
    <div className="relative" data-testid={rest["data-testid"]}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full" role="img" aria-label={rest["aria-label"]} onMouseLeave={() => setHover(null)}>
        <Axes
          ticks={ticks}
          top={top}
          format={format}
          labels={points.flatMap((p, i) => (i % every === 0 ? [{ x: x(i), text: p.label }] : []))}
        />
        {keys.map((key, k) => (
          <polyline
            key={key.name}
            fill="none"
            stroke={key.color}
            strokeWidth={2}
            strokeLinejoin="round"
            points={points.map((p, i) => `${x(i)},${y(p.values[k] ?? 0)}`).join(" ")}
          />
        ))}
        {hover !== null && <line x1={x(hover)} x2={x(hover)} y1={PAD.top} y2={PAD.top + innerH} style={GRID} />}
        {points.map((p, i) => (
          <rect
            key={i}
            x={x(i) - innerW / Math.max(1, points.length) / 2}
            width={innerW / Math.max(1, points.length)}
            y={PAD.top}
            height={innerH}
            fill="transparent"
            onMouseEnter={() => setHover(i)}
          />
        ))}
        {hover !== null &&
          keys.map((key, k) => (
            <circle key={key.name} cx={x(hover)} cy={y(points[hover].values[k] ?? 0)} r={3.5} fill={key.color} />
          ))}
      </svg>
      {hover !== null && <Tooltip point={points[hover]} keys={keys} format={format} />}
    </div>
  )
}

/** Stacked columns per period (one segment per key). */
export function ColumnChart({ points, keys, format, integer, ...rest }: ChartProps) {
  const [hover, setHover] = useState<number | null>(null)
  const innerW = WIDTH - PAD.left - PAD.right
  const innerH = HEIGHT - PAD.top - PAD.bottom
  const { top, ticks } = niceScale(Math.max(0, ...points.map((p) => p.values.reduce((a, b) => a + b, 0))), integer)
  const slot = innerW / Math.max(1, points.length)
  const barW = Math.max(1, Math.min(28, slot * 0.7))
  const every = labelEvery(points.length)
  return (
    <div className="relative" data-testid={rest["data-testid"]}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full" role="img" aria-label={rest["aria-label"]} onMouseLeave={() => setHover(null)}>
        <Axes
          ticks={ticks}
          top={top}
          format={format}
          labels={points.flatMap((p, i) => (i % every === 0 ? [{ x: PAD.left + slot * i + slot / 2, text: p.label }] : []))}
        />
        {points.map((p, i) => {
          let base = PAD.top + innerH
          return (
            <g key={i} onMouseEnter={() => setHover(i)} opacity={hover === null || hover === i ? 1 : 0.6}>
              <rect x={PAD.left + slot * i} width={slot} y={PAD.top} height={innerH} fill="transparent" />
              {keys.map((key, k) => {
                const h = ((p.values[k] ?? 0) / top) * innerH
                base -= h
                return <rect key={key.name} x={PAD.left + slot * i + (slot - barW) / 2} width={barW} y={base} height={h} fill={key.color} rx={1} />
              })}
            </g>
          )
        })}
      </svg>
      {hover !== null && <Tooltip point={points[hover]} keys={keys} format={format} />}
    </div>
  )
}

/** Horizontal bars with a label and a formatted value (top products, regions). */
export function BarList({
  rows,
  color = CHART_COLORS[0],
  ...rest
}: {
  rows: { key: string; label: string; value: number; display: string; detail?: string }[]
  color?: string
  "data-testid"?: string
}) {
  const max = Math.max(0, ...rows.map((r) => r.value))
  return (
    <div className="flex flex-col gap-y-2" data-testid={rest["data-testid"]}>
      {rows.map((row) => (
        <div key={row.key} className="flex flex-col gap-y-1">
          <div className="flex items-baseline justify-between gap-x-2">
            <Text size="small" className="text-ui-fg-base truncate">
              {row.label}
            </Text>
            <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
              {row.display}
              {row.detail && <span className="text-ui-fg-muted"> · {row.detail}</span>}
            </Text>
          </div>
          <div className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full">
            <div className="h-2 rounded-full" style={{ width: `${max ? (row.value / max) * 100 : 0}%`, background: color }} />
          </div>
        </div>
      ))}
    </div>
  )
}

export function Legend({ keys }: { keys: SeriesKey[] }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {keys.map((key) => (
        <span key={key.name} className="txt-compact-xsmall text-ui-fg-subtle flex items-center gap-x-1.5">
          <span className="inline-block h-2 w-2 rounded-full" style={{ background: key.color }} />
          {key.name}
        </span>
      ))}
    </div>
  )
}
