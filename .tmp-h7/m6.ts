import { openDatabase } from '../src/main/db/connection.ts';
import { kpisSinceImport } from '../src/main/dashboard/kpis-since-import.ts';
const db = openDatabase('/tmp/h7/shop2.db');
for (let i = 0; i < 3; i++) { const s = performance.now(); const r = kpisSinceImport(db); console.log((performance.now() - s).toFixed(0), i === 0 ? JSON.stringify(r) : ''); }
