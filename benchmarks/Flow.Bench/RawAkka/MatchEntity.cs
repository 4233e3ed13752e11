using System.Globalization;
using Akka.Actor;
using Flow.Core.Documents;

namespace Flow.Bench.RawAkka;

/// <summary>One shard of the raw-Akka scatter: the same work as <c>MatchingExecutor</c> on the copy of the queries it was sent.</summary>
internal sealed class MatchEntity : ReceiveActor
{
    public MatchEntity(int matches) =>
        Receive<MatchWork>(work =>
        {
            var docs = work.Queries;
            var shard = work.Shard.ToString(CultureInfo.InvariantCulture);
            foreach (var d in docs)
            {
                var list = d.Matches;
                for (var i = 0; i < matches; i++)
                {
                    list.Add(new Document { Id = string.Concat(d.Id, "-", shard, "-", i.ToString(CultureInfo.InvariantCulture)) });
                }
            }

            Sender.Tell(new MatchPart(work.Shard, docs));
        });

    public static Props Props(int matches) => Akka.Actor.Props.Create(() => new MatchEntity(matches));
}
