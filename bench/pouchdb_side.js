// PouchDB's half of bench_pouchdb.py (run by it, with NODE_PATH at bench/.pouchdb/node_modules).
//
//   node pouchdb_side.js server DIR PORT        express-pouchdb on loopback, databases in DIR
//   node pouchdb_side.js client DIR URL RECORDS CHANGED ROUNDS  the timed replications; one JSON line
//
// The client is what an offline-first app would do with PouchDB: a local LevelDB database
// per laptop, replicated to and from the server with the defaults.
"use strict";

const fs = require("fs");
const path = require("path");
const PouchDB = require("pouchdb-node");

async function server(dir, port) {
  const express = require("express");
  const Pouch = PouchDB.defaults({ prefix: dir + path.sep });
  const app = express();
  // The lean mode: only what PouchDB replication needs (no Fauxton, no auth, no config).
  app.use("/", require("express-pouchdb")(Pouch, {
    mode: "minimumForPouchDB",
    logPath: path.join(dir, "log.txt"),
  }));
  app.listen(Number(port), "127.0.0.1", () => console.log("ready"));
}

const now = () => Number(process.hrtime.bigint()) / 1e9;

async function timed(fn) {
  const t = now();
  const out = await fn();
  return [now() - t, out];
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

async function client(dir, url, recordsFile, changed, rounds) {
  const records = JSON.parse(fs.readFileSync(recordsFile, "utf8"));
  const remote = new PouchDB(url + "/keyworker");
  const a = new PouchDB(path.join(dir, "laptop-a"));
  const b = new PouchDB(path.join(dir, "laptop-b"));
  // The first laptop holds the records before the clock starts, as the other side's does.
  for (let i = 0; i < records.length; i += 1000) {
    await a.bulkDocs(records.slice(i, i + 1000).map((r) => ({ _id: r.id, ...r.fields })));
  }
  const out = {};
  let r;
  [out.push_all, r] = await timed(() => a.replicate.to(remote));
  out.push_all_docs = r.docs_written;
  [out.pull_all, r] = await timed(() => b.replicate.from(remote));
  out.pull_all_docs = r.docs_written;
  const noop = [];
  for (let i = 0; i < 20; i++) {
    const [t] = await timed(() => a.sync(remote));
    noop.push(t);
  }
  out.noop = median(noop);
  // The same CHANGED records changed on the first laptop (one field each), pushed, and
  // pulled by the second, ROUNDS times, as the other side does; each time's median.
  const ids = records.slice(0, Number(changed)).map((x) => x.id);
  out.push_changed_all = [];
  out.pull_changed_all = [];
  for (let round = 0; round < Number(rounds); round++) {
    const some = await a.allDocs({ include_docs: true, keys: ids });
    await a.bulkDocs(some.rows.map((row) => ({ ...row.doc, what_matters: row.doc.what_matters + " Changed." })));
    let t;
    [t, r] = await timed(() => a.replicate.to(remote));
    out.push_changed_all.push(t);
    out.push_changed_docs = r.docs_written;
    [t, r] = await timed(() => b.replicate.from(remote));
    out.pull_changed_all.push(t);
    out.pull_changed_docs = r.docs_written;
  }
  out.push_changed = median(out.push_changed_all);
  out.pull_changed = median(out.pull_changed_all);
  await a.close();
  await b.close();
  console.log(JSON.stringify(out));
}

const [mode, ...args] = process.argv.slice(2);
(mode === "server" ? server(...args) : client(...args)).catch((err) => {
  console.error(err);
  process.exit(1);
});
