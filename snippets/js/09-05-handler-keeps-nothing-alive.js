// A SIGTERM listener does not keep a Node process alive: with nothing else
// pending, it ends.
const fs = require('node:fs');

process.on('SIGTERM', () => console.log('never printed: no SIGTERM arrives'));
process.on('exit', (code) => {
  const count = process.listenerCount('SIGTERM');
  fs.writeSync(process.stdout.fd,
               `exit: code ${code}, SIGTERM listeners still registered: ` +
               `${count}\n`);
});

console.log('main: listener registered, nothing else to do');
