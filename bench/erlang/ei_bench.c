/* Sequential rpc calls per second from an erl_interface C-node, the anchor for bench.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <ei.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: ei_bench TARGET_NODE COOKIE SECONDS\n");
        return 2;
    }
    const char *target = argv[1];
    char *cookie = argv[2];
    double seconds = atof(argv[3]);
    char name[64];
    snprintf(name, sizeof name, "eibench%d@127.0.0.1", (int)getpid());
    char alive[64];
    snprintf(alive, sizeof alive, "eibench%d", (int)getpid());

    ei_init();
    ei_cnode ec;
    if (ei_connect_xinit(&ec, "127.0.0.1", alive, name, NULL, cookie, 0) < 0) {
        fprintf(stderr, "ei_connect_xinit failed\n");
        return 1;
    }
    int fd = ei_connect(&ec, (char *)target);
    if (fd < 0) {
        fprintf(stderr, "ei_connect to %s failed\n", target);
        return 1;
    }

    ei_x_buff args;
    ei_x_new(&args);
    ei_x_encode_list_header(&args, 1);
    ei_x_encode_long(&args, -5);
    ei_x_encode_empty_list(&args);

    ei_x_buff result;
    ei_x_new(&result);
    long calls = 0;
    double start = now(), end = start + seconds, t = start;
    while (t < end) {
        for (int i = 0; i < 100; i++) {
            result.index = 0;
            if (ei_rpc(&ec, fd, "erlang", "abs", args.buff, args.index, &result) < 0) {
                fprintf(stderr, "ei_rpc failed\n");
                return 1;
            }
            calls++;
        }
        t = now();
    }
    /* Check the last answer really is abs(-5). */
    int index = 0, version;
    long value = 0;
    ei_decode_version(result.buff, &index, &version);
    if (ei_decode_long(result.buff, &index, &value) < 0 || value != 5) {
        fprintf(stderr, "unexpected rpc result\n");
        return 1;
    }
    printf("%.0f\n", calls / (t - start));
    return 0;
}
