// A SIGTERM listener does not keep a Node process alive: with nothing else pending, it ends.
process.on('SIGTERM', () => console.log('never printed: no SIGTERM arrives'));
process.on('exit', (code) => {
  console.log(`exit: code ${code}, SIGTERM listeners still registered: ${process.listenerCount('SIGTERM')}`);
});

console.log('main: listener registered, nothing else to do');
