import { Button, Drawer, Input, Label, Select, Switch, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { HELP_CATEGORIES, useDeleteFaq, useSaveFaq, type Faq } from "../lib/help-center"
import { MarkdownPreview } from "./markdown-preview"

const EMPTY = { question: "", answer: "", category: "billing", rank: "0", published: false }

/** Creates (faq = null) or edits a FAQ. */
export const FaqDrawer = ({ faq, open, onClose }: { faq: Faq | null; open: boolean; onClose: () => void }) => {
  const [form, setForm] = useState(EMPTY)
  const save = useSaveFaq()
  const remove = useDeleteFaq()
  const prompt = usePrompt()

  useEffect(() => {
    if (open) {
      setForm(
        faq
          ? { question: faq.question, answer: faq.answer, category: faq.category, rank: String(faq.rank), published: faq.published }
          : EMPTY
      )
    }
  }, [open, faq?.id])

  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) => setForm((f) => ({ ...f, [key]: value }))
  const valid = form.question.trim() && form.answer.trim() && /^\d+$/.test(form.rank)

  const submit = () =>
    save.mutate(
      { id: faq?.id, ...form, rank: Number(form.rank) },
      {
        onSuccess: () => {
          toast.success(faq ? "FAQ saved" : "FAQ created")
          onClose()
        },
        onError: (e) => toast.error("Could not save the FAQ", { description: e.message }),
      }
    )

  const destroy = async () => {
    if (!faq) return
    const confirmed = await prompt({
      title: "Delete this FAQ?",
      description: "It disappears from the storefront straight away.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    remove.mutate(faq.id, {
      onSuccess: () => {
        toast.success("FAQ deleted")
        onClose()
      },
      onError: (e) => toast.error("Could not delete the FAQ", { description: e.message }),
    })
  }

  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="faq-drawer">
        <Drawer.Header>
          <Drawer.Title>{faq ? "Edit FAQ" : "New FAQ"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="faq-question">Question</Label>
            <Input id="faq-question" value={form.question} onChange={(e) => set("question", e.target.value)} />
          </div>
          <div className="grid grid-cols-2 gap-x-3">
            <div className="flex flex-col gap-y-1">
              <Label>Category</Label>
              <Select value={form.category} onValueChange={(v) => set("category", v)}>
                <Select.Trigger aria-label="Category">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {HELP_CATEGORIES.map((c) => (
                    <Select.Item key={c.value} value={c.value}>
                      {c.label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="faq-rank">Order (lowest first)</Label>
              <Input id="faq-rank" type="number" min={0} value={form.rank} onChange={(e) => set("rank", e.target.value)} />
            </div>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="faq-answer">Answer (markdown)</Label>
            <Textarea id="faq-answer" rows={6} value={form.answer} onChange={(e) => set("answer", e.target.value)} />
          </div>
          <div className="rounded-md border p-3">
            <Text size="xsmall" className="text-ui-fg-muted mb-2">
              Preview
            </Text>
            <MarkdownPreview markdown={form.answer} />
          </div>
          <div className="flex items-center gap-x-2">
            <Switch id="faq-published" checked={form.published} onCheckedChange={(v) => set("published", v)} />
            <Label htmlFor="faq-published">Published on the storefront</Label>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          {faq && (
            <Button variant="danger" className="mr-auto" onClick={destroy} isLoading={remove.isPending}>
              Delete
            </Button>
          )}
          <Drawer.Close asChild>
            <Button variant="secondary">Cancel</Button>
          </Drawer.Close>
          <Button onClick={submit} disabled={!valid} isLoading={save.isPending} data-testid="faq-save">
            Save
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
