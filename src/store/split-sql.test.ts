import { describe, expect, it } from 'vitest';
import { splitSql } from './split-sql.js';

describe(splitSql.name, () => {
  it('splits at top-level semicolons and drops empty and comment-only parts', () => {
    expect(splitSql('create table a (x int);\n-- note; here\ninsert into a values (1);\n')).toEqual([
      'create table a (x int)',
      '-- note; here\ninsert into a values (1)',
    ]);
  });
  it('keeps semicolons inside quotes, dollar-quoted bodies and block comments', () => {
    const script = `select 'a;b', "c;d"; /* x; y */ select 1; create function f() returns int as $body$ select 1; $body$ language sql;`;
    expect(splitSql(script)).toEqual([
      `select 'a;b', "c;d"`,
      '/* x; y */ select 1',
      'create function f() returns int as $body$ select 1; $body$ language sql',
    ]);
  });
});
