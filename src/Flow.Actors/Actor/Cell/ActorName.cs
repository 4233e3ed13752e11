namespace Flow.Actors;

/// <summary>The rules for actor names: not empty, no leading <c>$</c>, only characters that paths allow.</summary>
internal static class ActorName
{
    private const string Allowed = "-_.*$+:@&=,!~';";

    public static void Validate(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new InvalidActorNameException("An actor name must not be empty.");
        }

        if (name[0] == '$')
        {
            throw new InvalidActorNameException($"Actor name '{name}' is invalid: names starting with '$' are reserved for generated names.");
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !Allowed.Contains(c))
            {
                throw new InvalidActorNameException($"Actor name '{name}' is invalid: character '{c}' is not allowed (letters, digits and {Allowed} are).");
            }
        }
    }
}
