// The system libyaml (Debian's libyaml-dev, Homebrew's libyaml), found through pkg-config yaml-0.1.
#include <yaml.h>
