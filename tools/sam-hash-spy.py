#!/usr/bin/env python3
"""Runs ../shared/tools/sam-reference.py (AWS's translator as a black box) and prints, on standard error, every string
the translator hands to SHA-1: the exact input behind each hashed logical id (REST API deployments, versions, ...).

  python3 tools/sam-hash-spy.py ../shared/tools/sam-reference.py TEMPLATE [options of sam-reference.py] 2>&1 >/dev/null | grep '^SHA1INPUT'

It observes a standard-library call at run time; it reads nothing of the translator's source.
"""
import hashlib
import runpy
import sys

_sha1 = hashlib.sha1


def _spy(data=b"", *args, **kwargs):
    sys.stderr.write("SHA1INPUT: %r\n" % (data,))
    return _sha1(data, *args, **kwargs)


hashlib.sha1 = _spy
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
