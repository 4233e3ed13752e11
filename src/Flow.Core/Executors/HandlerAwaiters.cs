namespace Flow.Core.Executors;

/// <summary>Adapts every handler return shape to <c>ValueTask&lt;object?&gt;</c>, synchronously when already complete.</summary>
internal static class HandlerAwaiters
{
    public static ValueTask<object?> FromTask(Task task)
    {
        if (task.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>((object?)null);
        }

        return AwaitAsync(task);

        static async ValueTask<object?> AwaitAsync(Task task)
        {
            await task.ConfigureAwait(false);
            return null;
        }
    }

    public static ValueTask<object?> FromTaskOf<T>(Task<T> task)
    {
        if (task.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(task.Result);
        }

        return AwaitAsync(task);

        static async ValueTask<object?> AwaitAsync(Task<T> task) => await task.ConfigureAwait(false);
    }

    public static ValueTask<object?> FromValueTask(ValueTask task)
    {
        if (task.IsCompletedSuccessfully)
        {
            task.GetAwaiter().GetResult();
            return new ValueTask<object?>((object?)null);
        }

        return AwaitAsync(task);

        static async ValueTask<object?> AwaitAsync(ValueTask task)
        {
            await task.ConfigureAwait(false);
            return null;
        }
    }

    public static ValueTask<object?> FromValueTaskOf<T>(ValueTask<T> task)
    {
        if (task.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(task.Result);
        }

        return AwaitAsync(task);

        static async ValueTask<object?> AwaitAsync(ValueTask<T> task) => await task.ConfigureAwait(false);
    }
}
