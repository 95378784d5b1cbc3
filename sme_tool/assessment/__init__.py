"""The SME's diagnosis journey: start, sections, resume, results, delete."""
