// The import arrows of ../README "Design": domain ← app ← storage/chat/scheduler ← adapters ← composition root.
const layer = (name) => `^src/${name}/`;
const forbid = (name, from, to, comment) => ({ name, severity: "error", comment, from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    forbid("domain-is-pure", layer("domain"), "^src/(?!domain/)", "domain imports nothing of the app"),
    {
      name: "domain-has-no-io", severity: "error", comment: "domain: no I/O, no clock; time and randomness are parameters",
      from: { path: layer("domain") }, to: { dependencyTypes: ["core"] },
    },
    forbid("app-uses-domain-only", layer("app"), "^src/(?!(app|domain)/)", "use cases depend on domain and their own ports"),
    forbid("only-storage-imports-prisma", "^src/(?!storage/)", "(^src/storage/generated(-pg)?/|@prisma/|^node_modules/prisma/)", "Prisma stays inside storage/"),
    forbid("storage-serves-app", layer("storage"), "^src/(chat|adapters|scheduler|cli|i18n|config)/|^src/create-app", "storage implements app ports"),
    // Commands call use cases and render with the catalogs: no repositories, no domain rules of
    // their own (a rule a command needs belongs in its use case), no platform.
    forbid("chat-uses-app-and-i18n", layer("chat"), "^src/(?!(chat|app|i18n)/)", "chat/ imports app/ and i18n/ only"),
    forbid("scheduler-uses-app", layer("scheduler"), "^src/(storage|adapters|cli|chat)/|^src/create-app", "jobs call use cases"),
    forbid("adapters-are-thin", layer("adapters"), "^src/(storage|app|domain|scheduler|cli|config)/|^src/create-app", "adapters translate to chat messages only"),
    forbid("i18n-stands-alone", layer("i18n"), "^src/(?!i18n/)", "catalogs import nothing"),
    forbid("config-stands-alone", layer("config"), "^src/(?!config/)", "loadConfig is pure"),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/storage/generated(-pg)?/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
