// What a Vue app adds once (e.g. in its env.d.ts) to type the tag in templates.
import type {} from 'b24-attached-vote/vue';
