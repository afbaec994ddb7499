"""Executes a notebook headless with nbclient (the venv's python3 kernel) and writes the executed copy.

Usage: run_notebook.py NOTEBOOK OUT.ipynb [IMAGES_DIR]. Any cell error stops the run with a non-zero exit;
each PNG the notebook drew is also saved to IMAGES_DIR (cell-<n>-<k>.png) for a person to look at.
"""
import base64
import os
import sys

import nbformat
from nbclient import NotebookClient


def main(source, target, images=None):
    nb = nbformat.read(source, as_version=4)
    client = NotebookClient(nb, timeout=180, kernel_name='python3', resources={'metadata': {'path': os.path.dirname(source)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    nbformat.write(nb, target)
    if images:
        os.makedirs(images, exist_ok=True)
        for n, cell in enumerate(nb.cells):
            pngs = [o['data']['image/png'] for o in cell.get('outputs', []) if 'image/png' in o.get('data', {})]
            for k, png in enumerate(pngs):
                with open(os.path.join(images, f'cell-{n}-{k}.png'), 'wb') as f:
                    f.write(base64.b64decode(png))


if __name__ == '__main__':
    main(*sys.argv[1:4])
