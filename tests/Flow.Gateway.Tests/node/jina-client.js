// A real Jina gRPC client outside .NET: loads Flow's own .proto files with @grpc/proto-loader, streams
// requests over jina.JinaRPC/Call with @grpc/grpc-js, and checks every response.
//   node jina-client.js <host:port> <proto dir> <count>
// Every 20th request (i % 20 == 7) goes to /fail and must come back as an ERROR response from executor 'a'.
// Prints "node-client: N responses checked (...)" and exits 0, or prints "FAIL: ..." on stderr and exits 1.
'use strict';
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const [address, protoDir, countText] = process.argv.slice(2);
const count = Number(countText || '100');
const fail = (message) => { console.error('FAIL: ' + message); process.exit(1); };
const deadline = setTimeout(() => fail('no complete answer within 60 s'), 60000);

const definition = protoLoader.loadSync(path.join(protoDir, 'jina.proto'), {
  keepCase: true, longs: String, enums: String, defaults: true, oneofs: true, includeDirs: [protoDir],
});
const jina = grpc.loadPackageDefinition(definition).jina;
const client = new jina.JinaRPC(address, grpc.credentials.createInsecure());

const floats = (values) => Buffer.from(new Float32Array(values).buffer);
const expected = new Map();
const call = client.Call();
const responses = [];
call.on('data', (r) => responses.push(r));
call.on('error', (e) => fail('the call failed: ' + e.code + ' ' + e.details));
call.on('end', () => { clearTimeout(deadline); check(); });

for (let i = 0; i < count; i++) {
  const endpoint = i % 20 === 7 ? '/fail' : '/upper';
  const id = 'node-' + i;
  expected.set(id, { i, endpoint });
  call.write({
    header: { request_id: id, exec_endpoint: endpoint },
    parameters: { fields: { __results__: { structValue: { fields: {} } } } },
    data: { docs: { docs: [{
      id: id + '-d0',
      text: 'hello ' + i,
      embedding: { dense: { buffer: floats([i, 0.5]), shape: [2], dtype: '<f4' }, cls_name: 'numpy' },
      tags: { fields: { i: { numberValue: i } } },
    }] } },
  });
}
call.end();

function check() {
  if (responses.length !== count) fail(`expected ${count} responses, got ${responses.length}`);
  let ok = 0, errors = 0;
  const seen = new Set();
  for (const r of responses) {
    const id = r.header.request_id;
    const want = expected.get(id);
    if (!want) fail('a response for an unknown request id ' + id);
    if (seen.has(id)) fail('two responses for ' + id);
    seen.add(id);
    const status = r.header.status;
    const routes = r.routes.map((x) => x.executor).join(',');
    const gateway = r.routes[0];
    if (!gateway || gateway.executor !== 'gateway' || !gateway.start_time || !gateway.end_time) fail(id + ': the route does not start with the gateway and its times');
    for (const route of r.routes) {
      if (route.start_time && route.end_time && timeOf(route.end_time) < timeOf(route.start_time)) fail(id + ': route ' + route.executor + ' ends before it starts');
    }
    if (want.endpoint === '/fail') {
      if (status.code !== 'ERROR') fail(id + ': expected status ERROR, got ' + status.code);
      if (status.exception.name !== 'InvalidOperationException' || status.exception.executor !== 'a') fail(id + ': unexpected exception ' + JSON.stringify(status.exception));
      if (status.exception.args[0] !== 'boom on 1 documents') fail(id + ': unexpected exception args ' + JSON.stringify(status.exception.args));
      if (routes !== 'gateway,a' || r.routes[1].status.code !== 'ERROR') fail(id + ': unexpected error route ' + routes);
      errors++;
      continue;
    }
    if (status.code !== 'SUCCESS') fail(id + ': expected SUCCESS, got ' + JSON.stringify(status));
    if (routes !== 'gateway,a,b') fail(id + ': unexpected route ' + routes);
    const doc = r.data.docs.docs[0];
    if (r.data.docs.docs.length !== 1 || doc.id !== id + '-d0') fail(id + ': unexpected documents');
    if (doc.text !== 'HELLO ' + want.i) fail(id + ': unexpected text ' + doc.text);
    const dense = doc.embedding.dense;
    const values = new Float32Array(dense.buffer.buffer.slice(dense.buffer.byteOffset, dense.buffer.byteOffset + dense.buffer.length));
    if (dense.dtype !== '<f4' || values.length !== 2 || values[0] !== want.i || values[1] !== 0.5) fail(id + ': unexpected embedding ' + Array.from(values));
    if (doc.tags.fields.i.numberValue !== want.i || doc.tags.fields.seen_by_b.boolValue !== true) fail(id + ': unexpected tags');
    ok++;
  }
  console.log(`node-client: ${count} responses checked (${ok} ok, ${errors} errors)`);
  client.close();
  process.exit(0);
}

function timeOf(t) { return Number(t.seconds) * 1e9 + Number(t.nanos); }
