// What a Svelte app adds once (e.g. in src/app.d.ts) to type the tag in templates.
import type {} from 'b24-attached-vote/svelte';
