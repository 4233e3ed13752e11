// Each spec runs a cluster of several ActorSystems on the machine's cores: one spec at a time, so that no spec's
// failure detector is starved by another's.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
