"""The test suite. A regular package, so that the top-level ``tests`` package some
dependencies install (textstat does) cannot shadow it."""
