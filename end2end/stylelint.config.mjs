// Right-to-left layouts (Arabic, Farsi) mirror only when the CSS speaks of start and end:
// margin-inline-start, not margin-left. The check fails on any physical direction.
export default {
  plugins: ["stylelint-use-logical"],
  rules: {
    "csstools/use-logical": ["always", { except: [] }],
  },
};
