/* commands: the subcommands' entry points; each returns an exit code.
 * argv[0] is the subcommand's name. */
#ifndef COMMANDS_H
#define COMMANDS_H

int cmd_extract(int argc, char **argv);
int cmd_import(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_dot(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_actors(int argc, char **argv);

/* The body of `dot` (render = 0) and `render` (1) with its help text:
 * parse, pipeline_run, build the graph, write DOT or draw it. */
int cmd_picture(int argc, char **argv, const char *help, int render);

/* Text shared by every --help: input kinds, filters and exit codes. */
extern const char cli_help_common[];

#endif
