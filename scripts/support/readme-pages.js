// The README's first example and its framework samples (React, React 19 without the wrapper, Vue 3, Svelte 5,
// Angular), each as a page of the pack smoke's project: the sample's file as the README has it, plus a few lines
// that mount it. Only the local portal's address changes: the README says 127.0.0.1:8787, the smoke test's portal
// listens on a free port (so that runs side by side never collide).
import { codeBlocks } from '../readme-samples.js';

const README_PORTAL = 'http://127.0.0.1:8787';

/** The README blocks the pages are made of, found by what they are (a missing one fails the run). */
function pick(blocks) {
  const samples = blocks.filter((block) => !block.fixture);
  const one = (what, test) => {
    const found = samples.filter(test);
    if (found.length !== 1) throw new Error(`README.md: expected one ${what} sample, found ${found.length}`);
    return found[0];
  };
  return {
    first: samples.find((block) => block.lang === 'js'),
    react: one('React wrapper', (b) => b.lang === 'tsx' && b.code.includes("from 'b24-attached-vote/react'")),
    reactBare: one('React 19 tag', (b) => b.lang === 'tsx' && b.code.includes("from 'b24-attached-vote/jsx'")),
    vue: one('Vue', (b) => b.lang === 'vue'),
    svelte: one('Svelte', (b) => b.lang === 'svelte'),
    angular: one('Angular', (b) => b.lang === 'ts' && b.code.includes('@Component(')),
  };
}

/**
 * Files for the project (`src/readme/...`) and the pages to open: { name, path }. `portalUrl` replaces the README's
 * `http://127.0.0.1:8787` in every sample (each must contain it: a sample that does not talk to the local portal
 * does not run as pasted against it).
 */
export function readmePages(readme, portalUrl) {
  const blocks = pick(codeBlocks(readme));
  const local = (name, block) => {
    if (!block.code.includes(`${README_PORTAL}/rest/`)) throw new Error(`README.md:${block.line}: the ${name} sample does not use the local portal (${README_PORTAL})`);
    return block.code.replaceAll(README_PORTAL, portalUrl);
  };
  const page = (script) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>README sample</title><link rel="icon" href="data:,"></head>
<body><div id="app"></div><script type="module" src="${script}"></script></body>
</html>
`;
  const files = {
    // The project's tsc leaves these to scripts/check-readme-samples.js; Vite compiles them with these options.
    'src/readme/tsconfig.json': `${JSON.stringify({
      compilerOptions: { target: 'ES2022', jsx: 'react-jsx', experimentalDecorators: true, useDefineForClassFields: false },
    }, null, 2)}\n`,
    'src/readme/first.js': local('first', blocks.first),
    'readme-first.html': page('/src/readme/first.js'),

    'src/readme/react.tsx': local('React', blocks.react),
    'src/readme/react-main.tsx': `import { createRoot } from 'react-dom/client';
import { Poll } from './react.js';

createRoot(document.getElementById('app')!).render(<Poll attachId={1} />);
`,
    'readme-react.html': page('/src/readme/react-main.tsx'),

    'src/readme/react-bare.tsx': local('React 19', blocks.reactBare),
    'src/readme/react-bare-main.tsx': `import { createRoot } from 'react-dom/client';
import { Poll } from './react-bare.js';

createRoot(document.getElementById('app')!).render(<Poll />);
`,
    'readme-react-bare.html': page('/src/readme/react-bare-main.tsx'),

    // The sample imports the package in its own <script>; README's vite.config.ts sample is the plugin's setup.
    'src/readme/Poll.vue': local('Vue', blocks.vue),
    'src/readme/vue-main.ts': `import { createApp } from 'vue';
// @ts-expect-error -- no .vue shim in this project: Vite's Vue plugin compiles it
import Poll from './Poll.vue';

createApp(Poll).mount('#app');
`,
    'readme-vue.html': page('/src/readme/vue-main.ts'),

    'src/readme/Poll.svelte': local('Svelte', blocks.svelte),
    'src/readme/svelte-main.ts': `import { mount } from 'svelte';
// @ts-expect-error -- no .svelte shim in this project: the svelte plugin of the smoke test compiles it
import Poll from './Poll.svelte';

mount(Poll, { target: document.getElementById('app')! });
`,
    'readme-svelte.html': page('/src/readme/svelte-main.ts'),

    // Angular without its CLI: the component is compiled in the browser (JIT), zoneless, as the README says.
    'src/readme/poll.component.ts': local('Angular', blocks.angular),
    'src/readme/angular-main.ts': `import '@angular/compiler';
import { Component, Input, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { PollComponent } from './poll.component.js';

// What Angular's own build adds for a signal input (its JIT transform): the in-browser compiler cannot see it.
Object.assign(PollComponent, {
  propDecorators: { attachId: [{ type: Input, args: [{ isSignal: true, alias: 'attachId', required: true, transform: undefined }] }] },
});

@Component({ selector: 'app-root', imports: [PollComponent], template: '<app-poll [attachId]="1" />' })
class App {}

const root = document.createElement('app-root');
document.getElementById('app')!.append(root);
void bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] });
`,
    'readme-angular.html': page('/src/readme/angular-main.ts'),
  };
  const pages = [
    { name: 'README first example (js)', path: '/readme-first.html' },
    { name: 'React (b24-attached-vote/react)', path: '/readme-react.html' },
    { name: 'React 19 without the wrapper', path: '/readme-react-bare.html' },
    { name: 'Vue 3', path: '/readme-vue.html' },
    { name: 'Svelte 5', path: '/readme-svelte.html' },
    { name: 'Angular', path: '/readme-angular.html' },
  ];
  return { files, pages };
}

/** A Vite plugin that compiles .svelte files with the project's own Svelte (no plugin package needed). */
export function sveltePlugin(compile) {
  return {
    name: 'pack-smoke-svelte',
    transform(code, id) {
      if (!id.endsWith('.svelte')) return null;
      const { js } = compile(code, { filename: id, generate: 'client', css: 'injected' });
      return { code: js.code, map: js.map };
    },
  };
}
