// Nested error-first callbacks: each continuation sits inside the previous
// callback, and every level repeats the same `if (err) return done(err)`.
const later = (cb, ...args) => setImmediate(cb, ...args); // deferred, FIFO

const readConfig = (cb) => later(cb, null, { host: 'db.example' });
const connect = (host, cb) => later(cb, null, `connection to ${host}`);
const query = (conn, sql, cb) =>
  sql.startsWith('DROP')
    ? later(cb, new Error('read-only connection'))
    : later(cb, null, ['ada', 'grace']);

function run(sql, done) {
  readConfig((err, config) => {
    if (err) return done(err);
    connect(config.host, (err, conn) => {
      if (err) return done(err);
      query(conn, sql, (err, rows) => {
        if (err) return done(err);
        done(null, rows);
      });
    });
  });
}

const report = (sql) => (err, rows) => {
  const outcome = err ? `${err.name}: ${err.message}` : JSON.stringify(rows);
  console.log(`${sql}: ${outcome}`);
};

run('SELECT name', report('SELECT name'));
run('DROP TABLE', report('DROP TABLE'));
console.log('both runs started; nothing has completed yet');
