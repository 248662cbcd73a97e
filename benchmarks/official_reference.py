"""The official WikiSQL evaluator's verdicts, restated independently of wikisql/: logical forms
as lib/query.py compares them, execution as lib/dbengine.py runs it (through `records`, one
query per call, parameters named by column), tables stored as lib/table.py stores them.
The agreement tests (tests/test_wikisql_evaluate.py) and the speed benchmark
(benchmarks/evaluate_speed.py) compare our scorer with it. Needs `records` and `babel`."""
import re

import records
from babel import numbers as babel_numbers


class OfficialReference:
    """The official evaluator's verdicts, restated. A case where the official script would
    crash (it compares malformed conditions as a set) is reported as lf=None."""

    AGG = ['', 'MAX', 'MIN', 'COUNT', 'SUM', 'AVG']
    OPS = ['=', '>', '<', 'OP']

    def __init__(self, db_path):
        self.connection = records.Database(f'sqlite:///{db_path}').get_connection()

    @staticmethod
    def build(tables, db_path):
        """Tables stored one INSERT at a time, text lower-cased, as lib/table.py does."""
        database = records.Database(f'sqlite:///{db_path}')
        with database.transaction() as connection:
            for table in tables.values():
                name = 'table_' + table.id.replace('-', '_')
                columns = ', '.join(f'col{i} {kind}' for i, kind in enumerate(table.types))
                connection.query(f'CREATE TABLE {name} ({columns})')
                for row in table.rows:
                    cells = {f'val{i}': cell.lower() if isinstance(cell, str) else cell for i, cell in enumerate(row)}
                    slots = ', '.join(f':val{i}' for i in range(len(row)))
                    connection.query(f'INSERT INTO {name} VALUES ({slots})', **cells)
        database.close()

    def execute(self, table_id, sel, agg, conds):
        name = table_id if table_id.startswith('table') else 'table_' + table_id.replace('-', '_')
        create = self.connection.query('SELECT sql from sqlite_master WHERE tbl_name = :name', name=name).all()[0].sql
        declared = dict(item.split() for item in re.findall(r'\((.+)\)', create)[0].split(', '))
        target = f'col{sel}' if not self.AGG[agg] else f'{self.AGG[agg]}(col{sel})'
        clauses, bound = [], {}
        for column, op, value in conds:
            if isinstance(value, str):
                value = value.lower()
            if declared[f'col{column}'] == 'real' and not isinstance(value, (int, float)):
                try:
                    value = float(babel_numbers.parse_decimal(value, locale='en_US'))
                except babel_numbers.NumberFormatError:
                    value = float(re.findall(r'[-+]?\d*\.\d+|\d+', value)[0])
            clauses.append(f'col{column} {self.OPS[op]} :col{column}')
            bound[f'col{column}'] = value
        where = ('WHERE ' + ' AND '.join(clauses)) if clauses else ''
        return [row.result for row in self.connection.query(f'SELECT {target} AS result FROM {name} {where}', **bound)]

    @staticmethod
    def same_form(predicted, gold, ordered):
        """(sel, agg, conds) tuples compared as lib/query.py's __eq__ does."""
        if predicted is None:
            return False
        try:
            mine = [(c, o, str(v).lower()) for c, o, v in predicted[2]]
            theirs = [(c, o, str(v).lower()) for c, o, v in gold[2]]
            conds = mine == theirs if ordered else set(mine) == set(theirs)
        except (TypeError, ValueError):
            return None   # the official script crashes here
        return predicted[0] == gold[0] and predicted[1] == gold[1] and conds

    def verdict(self, table_id, gold_sql, prediction, ordered=False):
        gold = (gold_sql['sel'], gold_sql['agg'], list(gold_sql['conds']))
        gold_result = self.execute(table_id, *gold)
        predicted, result = None, prediction.get('error')
        if not prediction.get('error'):
            try:
                sql = prediction['query']
                predicted = (sql['sel'], sql['agg'], list(sql['conds']))
                result = self.execute(table_id, *predicted)
            except Exception as error:   # the official script catches everything here
                result = repr(error)
        return self.same_form(predicted, gold, ordered), result == gold_result
