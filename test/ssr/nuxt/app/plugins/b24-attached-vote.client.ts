// app/plugins/b24-attached-vote.client.ts: a .client plugin runs in the browser only; its import registers the tag.
import 'b24-attached-vote';

export default defineNuxtPlugin(() => {});
