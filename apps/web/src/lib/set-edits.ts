import { graphql } from './graphql.ts';

/* What the set editor does to a set, each one mutation; SetEditor runs them through `run`. */

export const ReorderQuestions = graphql(`
  mutation ReorderQuestions($setId: ID!, $ids: [ID!]!) {
    reorderQuestions(setId: $setId, questionIds: $ids) { id }
  }
`);

export const UpdateSet = graphql(`
  mutation UpdateSet(
    $id: ID!, $title: String, $description: String, $settings: QuestionSetSettingsInput
  ) {
    updateQuestionSet(id: $id, title: $title, description: $description, settings: $settings) {
      id
    }
  }
`);

export const UnpublishSet = graphql(`
  mutation UnpublishSet($id: ID!) { unpublishQuestionSet(id: $id) { id } }
`);

export const PublishSet = graphql(`
  mutation PublishSet($id: ID!) { publishQuestionSet(id: $id) { id shareSlug } }
`);

export const UpdateQuestion = graphql(`
  mutation UpdateQuestion($id: ID!, $q: SetQuestionInput!) {
    updateQuestion(id: $id, question: $q) { id }
  }
`);

export const RemoveQuestion = graphql(`
  mutation RemoveQuestion($id: ID!) { removeQuestion(id: $id) { id } }
`);

export const AddGeneratedQuestions = graphql(`
  mutation AddGeneratedQuestions($setId: ID!, $ids: [ID!]!, $c: ID) {
    addGeneratedQuestions(setId: $setId, questionIds: $ids, collection: $c) { id }
  }
`);

export const AddQuestion = graphql(`
  mutation AddQuestion($setId: ID!, $q: SetQuestionInput!) {
    addQuestion(setId: $setId, question: $q) { id }
  }
`);
