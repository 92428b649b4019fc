// `npm run backup -- <file>`: an online copy of the database in DATA_DIR (default ./data), safe
// while the server runs. Restore by stopping the server and putting the copy in place as
// DATA_DIR/agenda.sqlite (without the -wal and -shm files of the old one).
import { BackupError, backupDatabase } from '../store/backup.ts';

const target = process.argv[2];
if (!target || process.argv.length > 3) {
  process.stderr.write(
    'Usage: npm run backup -- <new file>\nCopies DATA_DIR/agenda.sqlite (default ./data) while the server runs.\n',
  );
  process.exit(1);
}
try {
  const report = await backupDatabase(process.env.DATA_DIR ?? './data', target);
  process.stdout.write(
    `Backed up to ${report.target}: ${(report.bytes / 1024 / 1024).toFixed(1)} MiB, ${report.bookings} bookings, ${report.pendingNotifications} notifications not yet processed; integrity check ok.\n`,
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
