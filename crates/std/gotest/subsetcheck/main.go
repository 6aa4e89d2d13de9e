// Command subsetcheck verifies that the bundled library (crates/std/go) stays
// inside the Go subset mingo compiles (SPEC §1 phase 1 plus what docs/abi.md §8
// grants bundled code): it type-checks every package and reports generics,
// goroutines, channels, select, complex numbers, struct tags, the min/max/clear
// builtins, imports outside the bundle, unsafe functions other than
// Pointer/Sizeof/Alignof/Offsetof/Add, and go:linkname outside *_mingo.go.
//
// usage: go run ./gotest/subsetcheck [crates/std/go]
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

var fset = token.NewFileSet()
var errs []string

func report(pos token.Pos, format string, args ...any) {
	errs = append(errs, fmt.Sprintf("%s: %s", fset.Position(pos), fmt.Sprintf(format, args...)))
}

type pkg struct {
	path    string
	files   []*ast.File
	imports map[string]bool
	typed   *types.Package
}

func main() {
	root := "go"
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	pkgs := map[string]*pkg{}
	filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		rel = filepath.ToSlash(rel)
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			errs = append(errs, err.Error())
			return nil
		}
		p := pkgs[rel]
		if p == nil {
			p = &pkg{path: rel, imports: map[string]bool{}}
			pkgs[rel] = p
		}
		p.files = append(p.files, f)
		for _, imp := range f.Imports {
			ip, _ := strconv.Unquote(imp.Path.Value)
			p.imports[ip] = true
		}
		checkSyntax(f, filepath.Base(path))
		return nil
	})
	for _, p := range pkgs {
		for ip := range p.imports {
			if ip != "unsafe" && pkgs[ip] == nil {
				report(p.files[0].Package, "package %s imports %q, which is not bundled", p.path, ip)
			}
		}
	}
	// Type-check in dependency order.
	done := map[string]bool{}
	var order []string
	var visit func(string)
	visit = func(path string) {
		if done[path] || pkgs[path] == nil {
			return
		}
		done[path] = true
		var deps []string
		for ip := range pkgs[path].imports {
			deps = append(deps, ip)
		}
		sort.Strings(deps)
		for _, d := range deps {
			visit(d)
		}
		order = append(order, path)
	}
	var names []string
	for n := range pkgs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		visit(n)
	}
	for _, path := range order {
		p := pkgs[path]
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
		conf := types.Config{
			Importer: importerFunc(func(ip string) (*types.Package, error) {
				if ip == "unsafe" {
					return types.Unsafe, nil
				}
				if q := pkgs[ip]; q != nil && q.typed != nil {
					return q.typed, nil
				}
				return nil, fmt.Errorf("cannot import %q", ip)
			}),
			Error: func(err error) { errs = append(errs, err.Error()) },
		}
		p.typed, _ = conf.Check(path, fset, p.files, info)
		checkTypes(info)
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		for _, e := range errs {
			fmt.Fprintln(os.Stderr, e)
		}
		fmt.Fprintf(os.Stderr, "subsetcheck: %d problem(s)\n", len(errs))
		os.Exit(1)
	}
	fmt.Printf("subsetcheck: %d packages in the mingo subset\n", len(pkgs))
}

type importerFunc func(string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

func checkSyntax(f *ast.File, base string) {
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//go:linkname") && !strings.HasSuffix(base, "_mingo.go") {
				report(c.Pos(), "go:linkname outside a *_mingo.go file")
			}
			if strings.HasPrefix(c.Text, "//go:build") || strings.HasPrefix(c.Text, "// +build") {
				report(c.Pos(), "build constraint")
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			report(n.Pos(), "go statement")
		case *ast.SelectStmt:
			report(n.Pos(), "select statement")
		case *ast.SendStmt:
			report(n.Pos(), "channel send")
		case *ast.ChanType:
			report(n.Pos(), "channel type")
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				report(n.Pos(), "channel receive")
			}
		case *ast.BasicLit:
			if n.Kind == token.IMAG {
				report(n.Pos(), "imaginary literal")
			}
		case *ast.Field:
			if n.Tag != nil {
				report(n.Pos(), "struct tag")
			}
		case *ast.FuncType:
			if n.TypeParams != nil {
				report(n.Pos(), "type parameters")
			}
		case *ast.TypeSpec:
			if n.TypeParams != nil {
				report(n.Pos(), "type parameters")
			}
		case *ast.BinaryExpr:
			if n.Op == token.OR {
				// unions only occur in constraints; reported via type parameters
			}
		case *ast.RangeStmt:
			// range over integers/functions does not type-check in Go 1.19 anyway
		}
		return true
	})
}

func checkTypes(info *types.Info) {
	for id, obj := range info.Uses {
		switch o := obj.(type) {
		case *types.Builtin:
			switch o.Name() {
			case "complex", "real", "imag", "min", "max", "clear":
				report(id.Pos(), "builtin %s", o.Name())
			case "Slice", "String", "StringData", "SliceData":
				report(id.Pos(), "unsafe.%s", o.Name())
			}
		}
	}
	for e, tv := range info.Types {
		if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsComplex != 0 {
			report(e.Pos(), "complex-typed expression")
		}
	}
}
