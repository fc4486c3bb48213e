/** Saves `sql` as a file through a temporary object URL; nothing is uploaded. */
export function downloadSql(filename: string, sql: string): void {
  const url = URL.createObjectURL(new Blob([sql], { type: 'application/sql' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
