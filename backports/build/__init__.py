"""ckmake: build-test a release against many header trees (jobs, scheduler, triage, report)."""
