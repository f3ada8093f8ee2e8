// A server component: it renders the client module's <Poll>, so the route's browser code registers the tag.
import { Poll } from './poll';

export default function Page() {
  return (
    <main>
      <h1>Next.js</h1>
      <Poll attachId={1} webhookUrl={process.env.B24_WEBHOOK ?? ''} />
    </main>
  );
}
