// Child processes of the multi-process tests open the parent's database with the parent's data
// dir (the draw key lives there on SQLite and PostgreSQL alike): the parent passes it as
// DEEDBANK_DATA_DIR in the child's environment (see childEnv).
export const dataDirEnv = (): { DEEDBANK_DATA_DIR?: string } =>
  process.env.DEEDBANK_DATA_DIR ? { DEEDBANK_DATA_DIR: process.env.DEEDBANK_DATA_DIR } : {};

/** The environment for a child process of the test app whose data dir is `dir`. */
export const childEnv = (dir: string): NodeJS.ProcessEnv => ({ ...process.env, DEEDBANK_DATA_DIR: dir });
