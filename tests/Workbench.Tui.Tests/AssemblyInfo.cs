// Terminal.Gui keeps default key bindings and configuration in process-wide statics: headless UI tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
