// try/catch around the call that schedules a callback cannot catch what
// the callback throws: by then the try block is long gone, and the throw
// reaches the process's last-resort hook.
// snipcheck: exit = 1
process.on('uncaughtException', (err) => {
  // A last resort, not a recovery: the program's state is unknown after
  // an uncaught throw. Report, clean up synchronously, and let the
  // process end with a failure status.
  console.log(`uncaughtException listener: ${err.name}: ${err.message}`);
  console.log('  cleaning up, then ending with exit code 1');
  // without this, a process whose listener returns exits with 0
  process.exitCode = 1;
});

try {
  setTimeout(() => {
    console.log('  callback running');
    throw new Error('parse failed');
  }, 1);
  console.log('setTimeout returned; the try block ends without an exception');
} catch (err) {
  console.log('never printed');
}
