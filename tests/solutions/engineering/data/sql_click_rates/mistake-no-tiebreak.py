# expect: the right rows in the wrong order: ORDER BY ctr DESC, then model_id
# No tie-break in ORDER BY: SQLite can hand tied rows back in reverse model_id order,
# which the statement once said could not happen.
import sqlite3


def click_rates(models, impressions):
    con = sqlite3.connect(":memory:")
    con.execute("create table m(model_id text, owner text)")
    con.execute("create table i(request_id integer, model_id text, clicked integer)")
    con.executemany("insert into m values (?,?)", models)
    con.executemany("insert into i values (?,?,?)", impressions)
    return [
        tuple(r)
        for r in con.execute("""
      with r as (select model_id, request_id, max(clicked) c from i group by model_id, request_id)
      select m.model_id, count(r.request_id) n, coalesce(sum(r.c),0) k,
             case when count(r.request_id)=0 then null else 1.0*sum(r.c)/count(r.request_id) end ctr
      from m left join r on r.model_id = m.model_id
      group by m.model_id order by ctr desc""")
    ]
