# bash completion for samklang; installed into
# share/bash-completion/completions/samklang. Uses the bash-completion
# package's helpers when loaded, plain compgen otherwise.

# File names (a folder with -d, else files matching an extglob pattern).
_samklang_files() {
  if declare -F _filedir >/dev/null; then
    _filedir "$@"
  elif [[ $1 == -d ]]; then
    COMPREPLY=($(compgen -d -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}

_samklang() {
  local cur prev words cword
  if declare -F _init_completion >/dev/null; then
    _init_completion -n = || return
  else
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
  fi

  local commands="check accept status explain align terms init"
  local rules="alignment-uncertain inconsistent-source inconsistent-target load-error
    markup-mismatch number-mismatch outdated placeholder-mismatch punctuation segment-extra
    segment-missing term-dnt term-forbidden term-inconsistent term-missing term-unexpected
    untranslated"
  local shared="--config --source-lang --terms --format --output --fail-on --jobs --color --quiet --help"

  # The subcommand (and, under terms, its tool).
  local command="" tool="" i
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      -*) ;;
      *)
        if [[ -z $command ]]; then
          command=${words[i]}
        elif [[ $command == terms && -z $tool ]]; then
          tool=${words[i]}
        fi
        ;;
    esac
  done

  if [[ -z $command ]]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi

  case $prev in
    --config | --output | --baseline)
      _samklang_files
      return
      ;;
    --terms)
      _samklang_files '@(tsv|tab|txt|tbx|xml)'
      return
      ;;
    --dir)
      _samklang_files -d
      return
      ;;
    --format)
      case $command/$tool in
        check/) COMPREPLY=($(compgen -W "text json sarif junit github html" -- "$cur")) ;;
        status/) COMPREPLY=($(compgen -W "text json markdown" -- "$cur")) ;;
        align/) COMPREPLY=($(compgen -W "text tsv json html beads" -- "$cur")) ;;
        terms/list) COMPREPLY=($(compgen -W "text tsv" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
      esac
      return
      ;;
    --fail-on)
      COMPREPLY=($(compgen -W "error warning note never" -- "$cur"))
      return
      ;;
    --color)
      COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
      return
      ;;
    --input-format)
      COMPREPLY=($(compgen -W "lines" -- "$cur"))
      return
      ;;
    --source-lang | --target | --lang | --jobs | --document)
      return
      ;;
  esac

  local options
  case $command in
    check) options="$shared --baseline --update-baseline" ;;
    accept) options="$shared --lang --document --source-commit" ;;
    status) options="$shared" ;;
    explain)
      COMPREPLY=($(compgen -W "$rules --help" -- "$cur"))
      return
      ;;
    align) options="--terms --output --format --input-format --help" ;;
    init) options="--dir --source-lang --target --force --help" ;;
    terms)
      case $tool in
        "")
          COMPREPLY=($(compgen -W "lint lookup list table --help" -- "$cur"))
          return
          ;;
        lint) options="--terms --config --lang --help" ;;
        lookup) options="--lang --terms --config --help" ;;
        list) options="--terms --config --lang --format --help" ;;
        table) options="--config --source-lang --terms --output --outliers --help" ;;
      esac
      ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  else
    _samklang_files
  fi
}
complete -F _samklang samklang
