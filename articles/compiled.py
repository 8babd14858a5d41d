"""Querysets compiled once per process and run with each request's values.

For fixed-shape queries on hot pages: Django compiles a queryset on every run, and for the
search page's queries compiling took longer than running them. The queryset is built once
with stand-in values; each run puts the request's values where the stand-ins were and builds
model instances (with their `select_related` rows and annotations) as Django does, then
runs the queryset's `prefetch_related` lookups for them.
"""

import threading

from django.db import connections
from django.db.models import prefetch_related_objects
from django.db.models.query import get_related_populators


class CompiledQuery:
    """`build(*stand_ins)` returns the queryset; calling this with values runs it with them.

    Each stand-in must be a value no query would otherwise carry as a parameter, and each
    value must travel as one parameter (`= ANY(%s)` for a list, not `__in`).
    """

    def __init__(self, build, *stand_ins):
        self._build = build
        self._stand_ins = stand_ins
        self._compiled = None
        self._lock = threading.Lock()

    def __call__(self, *values) -> list:
        compiler, sql, params, at, prefetches = self._compile()
        params = list(params)
        for positions, value in zip(at, values, strict=True):
            for i in positions:
                params[i] = value
        with connections[compiler.using].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        instances = list(self._instances(compiler, rows))
        if prefetches:
            prefetch_related_objects(instances, *prefetches)
        return instances

    def _compile(self):
        with self._lock:
            if self._compiled is None:
                queryset = self._build(*self._stand_ins)
                compiler = queryset.query.get_compiler(using=queryset.db)
                sql, params = compiler.as_sql()
                at = [[i for i, p in enumerate(params) if p == s] for s in self._stand_ins]
                if not all(at):
                    raise ValueError("A stand-in does not reach the compiled query")
                prefetches = queryset._prefetch_related_lookups
                self._compiled = compiler, sql, params, at, prefetches
            return self._compiled

    @staticmethod
    def _instances(compiler, rows):
        # As django.db.models.query.ModelIterable, from rows already fetched.
        select, klass_info = compiler.select, compiler.klass_info
        fields = klass_info["select_fields"]
        start, end = fields[0], fields[-1] + 1
        init_list = [column[0].target.attname for column in select[start:end]]
        db = compiler.using
        populators = get_related_populators(klass_info, select, db)
        model = klass_info["model"]
        for row in compiler.results_iter([rows]):
            obj = model.from_db(db, init_list, row[start:end])
            for populator in populators:
                populator.populate(row, obj)
            for name, position in compiler.annotation_col_map.items():
                setattr(obj, name, row[position])
            yield obj
