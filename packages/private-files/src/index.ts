export {
  ensurePrivateDirectory,
  ensurePrivateFile,
  ensurePrivateSqliteFiles,
  type TightenedReport,
} from './private-files.js';
