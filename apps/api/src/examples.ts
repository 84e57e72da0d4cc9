/** What GraphiQL opens with: one named operation per thing worth trying first. */
export const exampleQueries = /* GraphQL */ `# Attest: sourced claims about the news. Pick an operation and press run.

query SearchClaims {
  claims(search: "Who blocked the Tokyo office?", first: 5) {
    totalCount
    edges {
      node {
        statement
        modality
        corroboration
        evidence { quote source { title publisher } }
      }
    }
  }
}

query WhoMakesUpTheAP4 {
  claims(search: "Which countries make up the AP4?", first: 6) {
    edges { node { statement subject { name kind } object { name } } }
  }
}

query ActorsWithAliases {
  actors(kind: PERSON, first: 20) {
    totalCount
    edges { node { name description aliases { name kind } } }
  }
}

query WhereSourcesDisagree {
  disputes {
    aspect
    description
    first { statement evidence { quote source { title } } }
    second { statement evidence { quote source { title } } }
  }
}

query Sources {
  sources(first: 10) {
    edges { node { title publisher published { value precision } genre } }
  }
}
`;
