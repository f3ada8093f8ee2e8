// nuxt.config.ts: Vue's compiler leaves b24-* tags to the browser (custom elements, not Vue components).
export default defineNuxtConfig({
  vue: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('b24-') } },
});
