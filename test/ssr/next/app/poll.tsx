// app/poll.tsx: a client module. Its import registers <b24-attached-vote> in the browser (on the server, where
// Next renders client components too, it registers nothing and never throws).
'use client';
import 'b24-attached-vote';
import type {} from 'b24-attached-vote/jsx';

export function Poll({ attachId, webhookUrl }: { attachId: number; webhookUrl: string }) {
  return <b24-attached-vote attach-id={String(attachId)} webhook-url={webhookUrl} />;
}
