"""Scale-out: the same pipeline on Apache Spark."""
