using System.Globalization;
using System.Text;

namespace Flow.Benchmarks.Configuration;

/// <summary>A generated node configuration of a given number of lines, in the shapes real files use.</summary>
public static class HoconSample
{
    public static string Generate(int lines)
    {
        var builder = new StringBuilder();
        var written = 0;
        var section = 0;
        builder.Append("# generated benchmark configuration\nshared { timeout = 5s, name = \"flow-node\", base-port = 2550 }\n");
        written += 2;
        while (written < lines)
        {
            var s = section.ToString(CultureInfo.InvariantCulture);
            builder.Append("section-").Append(s).Append(" {\n")
                .Append("  # settings of section ").Append(s).Append('\n')
                .Append("  enabled = on\n")
                .Append("  throughput = ").Append(section % 100).Append('\n')
                .Append("  ratio = 0.").Append(section % 10).Append("5\n")
                .Append("  timeout = ${shared.timeout}\n")
                .Append("  name = ${shared.name}\"-").Append(s).Append("\"\n")
                .Append("  path = \"/user/workers/").Append(s).Append("\"\n")
                .Append("  tags = [alpha, beta, \"gamma delta\", ").Append(s).Append("]\n")
                .Append("  mailbox { type = bounded, capacity = 1000, push-timeout = 10ms }\n")
                .Append("  resizer.lower-bound = 1\n")
                .Append("  resizer.upper-bound = 10 // inline comment\n")
                .Append("  description = some unquoted text with words ").Append(s).Append('\n')
                .Append("}\n")
                .Append("section-").Append(s).Append(".tags += extra\n");
            written += 15;
            section++;
        }

        return builder.ToString();
    }
}
