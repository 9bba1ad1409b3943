// try/catch around the call that schedules a callback cannot catch what the callback throws:
// by then the try block is long gone, and the throw reaches the process's last-resort hook.
process.on('uncaughtException', (err) => {
  // Without this listener Node prints the stack trace and exits with status 1.
  console.log(`uncaughtException listener: ${err.name}: ${err.message}`);
  setImmediate(() => console.log('the process survived, because a listener handled the error'));
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
