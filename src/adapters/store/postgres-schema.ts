/**
 * A PostgreSQL schema of its own for a store, on a server others use too (the tests' and benchmarks' throwaway
 * cluster): the schema is created, and the URL returned sets it as the search path of every connection.
 */
import pg from 'pg';

export async function newSchemaUrl(url: string, prefix = 's'): Promise<string> {
  const schema = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return withSchema.toString();
}
