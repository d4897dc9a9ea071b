"""Match stage: pure functions from extracted records to candidate evidence per item."""
