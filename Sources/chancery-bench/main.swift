// Replaced by the benchmark (issue 5).
print("chancery-bench: not written yet")
