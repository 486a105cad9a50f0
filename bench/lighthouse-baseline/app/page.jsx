export default function Page() {
  return (
    <main>
      <h1>Baseline</h1>
      <p>A bare Next.js page: the framework&apos;s own start-up cost, measured beside the storefront.</p>
    </main>
  )
}
