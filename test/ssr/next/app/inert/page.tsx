// A server component with the tag alone: no client module of this route imports the package, so the browser never
// registers the tag and the element stays an inert unknown element (no request, no event, no error).
import type {} from 'b24-attached-vote/jsx'; // types only: erased, registers nothing

export default function Page() {
  return (
    <main>
      <h1>Next.js, tag only</h1>
      <b24-attached-vote attach-id="1" webhook-url={process.env.B24_WEBHOOK ?? ''} />
    </main>
  );
}
